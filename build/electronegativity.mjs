// Static security check of Electron's main process and preload with Doyensec's
// Electronegativity (https://github.com/doyensec/electronegativity), run offline.
// Exits 1 on any finding or any file it could not parse; a finding that is acceptable must be
// justified next to the code with an `eng-disable` annotation, never excluded here.
//
// Three adjustments, each because the stock tool cannot do its job here:
// 1. No network. Electronegativity downloads translations at start-up and Electron's release
//    list in AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK. This machine and CI have no internet, and a
//    security gate must not depend on (or leak to) third-party servers, so its HTTP client is
//    replaced by one that answers "unavailable" at once (it then uses its bundled English
//    texts) and that check is excluded: it can only work online. Keeping Electron current is
//    done through package.json instead.
// 2. CSP_GLOBAL_CHECK is replaced, not dropped. It only recognises a CSP written as a string
//    literal in an onHeadersReceived callback or an HTML meta tag; ours is one constant in
//    shared/security/csp.ts, sent as a header by electron/protocol.ts and put in index.html by
//    Vite. So it would always report "no CSP". Instead the real policy is evaluated below with
//    the same evaluator (@doyensec/csp-evaluator) and the same thresholds as that check.
// 3. The Electron version is pinned to the oldest (0.1.0) on purpose. Electronegativity's table
//    of defaults stops at Electron 10; assuming the oldest means every security option must be
//    set explicitly for the scan to pass, which is also what electron/window.ts does.
import { build } from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scanned = path.join(root, 'electron');
const require = createRequire(import.meta.url);
const engDir = path.dirname(require.resolve('@doyensec/electronegativity'));
const requireFromEng = createRequire(path.join(engDir, 'index.js'));

// A scan that hangs (for instance on a network call we missed) must fail, not block CI.
const watchdog = setTimeout(() => {
  console.error('electronegativity: timed out after 120 s');
  process.exit(2);
}, 120_000);
watchdog.unref();

/** (1) Replace `got` in Electronegativity's module cache before it is first loaded. */
function disableNetwork() {
  const gotPath = requireFromEng.resolve('got');
  const unavailable = () => Promise.resolve({ statusCode: 503, headers: {}, body: '' });
  unavailable.head = unavailable;
  unavailable.get = unavailable;
  unavailable.default = unavailable;
  requireFromEng.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: unavailable };
}

function listTypeScriptFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

async function scanElectronFolder() {
  disableNetwork();
  const run = requireFromEng('./runner.js');
  return run({
    input: scanned,
    isRelative: true,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck', 'CSPGlobalCheck'],
    electronVersionOverride: '0.1.0',
  });
}

/** (2) The real CSP, loaded from the TypeScript source the app itself uses. */
async function loadContentSecurityPolicy() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['shared/security/csp.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.CONTENT_SECURITY_POLICY;
}

/**
 * Findings of the CSP evaluator we accept, each with its reason. Matched on directive and
 * value, so any other weakness (or this one appearing elsewhere) still fails the check.
 */
const ACCEPTED_CSP_FINDINGS = [
  {
    directive: 'script-src',
    value: "'self'",
    // "'self' can be problematic if you host JSONP, Angular or user uploaded files": 'self' is
    // app://vakwerk, which serves only our own build from dist/renderer (electron/protocol.ts),
    // read-only inside the app's asar. There is no JSONP, no Angular, and user files live in
    // IndexedDB and are shown through blob: URLs, which script-src does not allow.
    why: 'app://vakwerk serves only the bundled renderer build; no JSONP, Angular or uploads.',
  },
];

async function evaluateContentSecurityPolicy() {
  const policy = await loadContentSecurityPolicy();
  if (typeof policy !== 'string' || policy.length === 0) {
    return [{ id: 'CSP_CHECK', message: 'CONTENT_SECURITY_POLICY not found in shared/security/csp.ts' }];
  }
  const csp = requireFromEng('@doyensec/csp-evaluator');
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
  // Same thresholds as CSP_GLOBAL_CHECK: HIGH/MEDIUM is a weak CSP, the *_MAYBE levels need review.
  const relevant = new Set([csp.severities.HIGH, csp.severities.MEDIUM, csp.severities.HIGH_MAYBE, csp.severities.MEDIUM_MAYBE, csp.severities.SYNTAX]);
  const problems = [];
  for (const finding of findings) {
    if (!relevant.has(finding.severity)) continue;
    const accepted = ACCEPTED_CSP_FINDINGS.find((a) => a.directive === finding.directive && a.value === finding.value);
    if (accepted) {
      console.log(`  accepted CSP finding (${finding.directive} ${finding.value}): ${accepted.why}`);
      continue;
    }
    problems.push({ id: 'CSP_CHECK', message: `${finding.directive} ${finding.value ?? ''}: ${finding.description}` });
  }
  if (policy.includes("'unsafe-eval'")) problems.push({ id: 'CSP_CHECK', message: "'unsafe-eval' is not allowed in production" });
  return problems;
}

async function main() {
  if (!existsSync(scanned) || listTypeScriptFiles(scanned).length === 0) {
    console.error(`electronegativity: no TypeScript files found in ${scanned}`);
    return 1;
  }
  const fileCount = listTypeScriptFiles(scanned).length;
  const result = await scanElectronFolder();
  console.log(
    `electronegativity: scanned ${fileCount} files in electron/ with ${result.atomicChecks} atomic and ${result.globalChecks} global checks`,
  );

  let failed = false;
  if (result.atomicChecks === 0) {
    console.error('electronegativity: no checks were loaded');
    failed = true;
  }
  // A file that does not parse was not checked at all, so a parse error fails the scan too.
  for (const error of result.errors) {
    console.error(`  PARSE ERROR ${error.file}: ${error.message}`);
    failed = true;
  }
  for (const issue of result.issues) {
    console.error(
      `  ${issue.id} [${issue.severity.name}/${issue.confidence.name}] ${issue.file}:${issue.location.line}:${issue.location.column}\n` +
        `    ${issue.description}\n    ${issue.sample ? issue.sample.trim() : ''}\n    ${issue.shortenedURL ?? ''}`,
    );
    failed = true;
  }

  const cspProblems = await evaluateContentSecurityPolicy();
  for (const problem of cspProblems) {
    console.error(`  ${problem.id} shared/security/csp.ts: ${problem.message}`);
    failed = true;
  }

  console.log(failed ? 'electronegativity: findings above must be fixed or justified with eng-disable' : 'electronegativity: no findings');
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
