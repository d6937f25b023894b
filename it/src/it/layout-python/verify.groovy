// See invoker.properties. Every module name, requirement, code and test citation is asserted: the log lines
// here, the requirement files, COMPLIANCE.md and trace.json (code_references, test_references) in expected/.
def lib = new File(basedir, '../../../src/it-lib/LayoutAsserts.groovy')
def extract = [
        '[INFO] 2 modules: 1 Maven, 1 Python',
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] wrote requirements/lp-tool.yaml',
        '[INFO] 2 requirements (2 must, 0 should, 0 may, 0 info) from 1 spec file in 1 module; 2 files written, 0 unchanged, 0 deleted',
]
def verify = [
        '[INFO] 2 modules: 1 Maven, 1 Python',
        '[INFO] Coverage: must 2/2 tested (100.0%), 2/2 implemented (100.0%); 6 files scanned, 0 skipped (binary, too large or linking outside), 4 citations',
        '[INFO] 0 errors, 0 warnings in 1 file; 2 generated files compared; SARIF report: target/spec/verify.sarif',
]
def files = [
        'COMPLIANCE.md',
        'requirements/lp-tool.yaml',
        'target/spec/trace.json',
]
new GroovyShell(new Binding([basedir: basedir, project: 'layout-python', extract: extract, verify: verify,
        files: files])).evaluate(lib)
