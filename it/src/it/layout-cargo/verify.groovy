// See invoker.properties. Every module name, requirement, code and test citation is asserted: the log lines
// here, the requirement files, COMPLIANCE.md and trace.json (code_references, test_references) in expected/.
def lib = new File(basedir, '../../../src/it-lib/LayoutAsserts.groovy')
def extract = [
        '[INFO] 4 modules: 3 Cargo, 1 Maven',
        '[WARNING] Cargo.toml:6: [SPEC-MANIFEST-INVALID] lists the workspace member \'tools/*\', but no directory that it matches has a Cargo.toml, so it adds no module. Fix or remove the entry, or ignore this if the package is not in the repository yet.',
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] wrote requirements/lc-api.yaml',
        '[INFO] wrote requirements/lc-config.yaml',
        '[INFO] wrote requirements/lc-core.yaml',
        '[INFO] 4 requirements (4 must, 0 should, 0 may, 0 info) from 3 spec files in 3 modules; 4 files written, 0 unchanged, 0 deleted',
]
def verify = [
        '[INFO] 4 modules: 3 Cargo, 1 Maven',
        '[WARNING] Cargo.toml:6: [SPEC-MANIFEST-INVALID] lists the workspace member \'tools/*\', but no directory that it matches has a Cargo.toml, so it adds no module. Fix or remove the entry, or ignore this if the package is not in the repository yet.',
        '[INFO] Coverage: must 4/4 tested (100.0%), 4/4 implemented (100.0%); 4 files scanned, 0 skipped (binary, too large or linking outside), 8 citations',
        '[INFO] 0 errors, 1 warning in 3 files; 4 generated files compared; SARIF report: target/spec/verify.sarif',
]
def files = [
        'COMPLIANCE.md',
        'requirements/lc-api.yaml',
        'requirements/lc-config.yaml',
        'requirements/lc-core.yaml',
        'target/spec/trace.json',
]
new GroovyShell(new Binding([basedir: basedir, project: 'layout-cargo', extract: extract, verify: verify,
        files: files])).evaluate(lib)
