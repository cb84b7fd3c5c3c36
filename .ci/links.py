#!/usr/bin/env python3
"""Checks that every relative link in the repository's Markdown resolves: to a file or folder that git tracks (or would: new, not ignored) and,
with a #fragment, to a heading of the target (as GitHub makes heading anchors). Web links are not followed.
Prints one line per broken link (file:line: target: why) and exits 1 if there is any.
    usage: python3 .ci/links.py [FILE.md...]        (default: every tracked *.md; run from anywhere)"""
import re
import subprocess
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
INLINE = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)")
HTML = re.compile(r"<(?:a|img)\s[^>]*?(?:href|src)=\"([^\"]+)\"")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")


def tracked():
    # Tracked and new files, not ignored ones: a link to target/ or node_modules/ would break on a clean clone.
    out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         capture_output=True, check=True).stdout
    files = {PurePosixPath(f) for f in out.decode().split("\0") if f}
    folders = {parent for f in files for parent in f.parents}
    return files, folders


def prose_lines(text, blank_code=True):
    """(line number, line) outside fenced code blocks, with inline code spans blanked out unless told."""
    fence = None
    for number, line in enumerate(text.splitlines(), 1):
        match = FENCE.match(line)
        if match:
            fence = None if fence == match.group(1) else (fence or match.group(1))
            continue
        if fence is None:
            yield number, re.sub(r"(`+).+?\1", lambda m: " " * len(m.group(0)), line) if blank_code else line


def anchors(text):
    """The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, -1, -2... for
    repeats; plus explicit <a name|id="...">."""
    seen, result = {}, set()
    for _, line in prose_lines(text, blank_code=False):
        result.update(re.findall(r"<a\s+(?:name|id)=\"([^\"]+)\"", line))
        match = HEADING.match(line)
        if not match:
            continue
        title = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", match.group(1))  # a link's text stays
        slug = re.sub(r"[^\w\- ]", "", title.replace("`", "").lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        result.add(slug if count == 0 else f"{slug}-{count}")
    return result


def targets(text):
    for number, line in prose_lines(text):
        for pattern in (INLINE, REFERENCE, HTML):
            for match in pattern.finditer(line):
                yield number, match.group(1).strip("<>")


def check(md, files, folders, anchor_cache):
    problems = []
    text = (ROOT / md).read_text(encoding="utf-8")
    for number, target in targets(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):  # http:, https:, mailto:
            continue
        path_part, _, fragment = target.partition("#")
        if path_part.startswith("/"):
            resolved = PurePosixPath(path_part.lstrip("/"))
        else:
            resolved = PurePosixPath(*(md.parent / path_part).parts) if path_part else md
        normal = PurePosixPath(*_normalise(resolved.parts))
        if normal not in files and normal not in folders:
            problems.append(f"{md}:{number}: {target}: no such tracked file or folder")
            continue
        if fragment and normal.suffix == ".md" and normal in files:
            if normal not in anchor_cache:
                anchor_cache[normal] = anchors((ROOT / normal).read_text(encoding="utf-8"))
            if fragment.lower() not in anchor_cache[normal]:
                problems.append(f"{md}:{number}: {target}: no heading with the anchor #{fragment} in {normal}")
    return problems


def _normalise(parts):
    out = []
    for part in parts:
        if part in ("", "."):
            continue
        if part == "..":
            if not out:
                return ["<outside the repository>"]
            out.pop()
        else:
            out.append(part)
    return out or ["."]


def main(argv):
    files, folders = tracked()
    folders.add(PurePosixPath("."))
    pages = [PurePosixPath(a) for a in argv] or sorted(f for f in files if f.suffix == ".md")
    problems, cache = [], {}
    for md in pages:
        problems.extend(check(md, files, folders, cache))
    for problem in problems:
        print(problem)
    print(f"links: {len(pages)} Markdown files, {len(problems)} broken links", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
