// Tests SPEC-PLUGIN-2004.
// -Dspec.skip=true: the goal says so and reads and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

def header = lines.findIndexOf { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(' @ skip ---') }
assert header >= 0 : 'spec:extract did not run'
def output = lines.drop(header + 1)
        .takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it.startsWith('[') && !it.startsWith('[INFO] Download') }
assert output == ['[INFO] Skipping: spec.skip is true.']
assert lines.contains('[INFO] BUILD SUCCESS')

assert !new File(basedir, 'requirements').exists()
assert !new File(basedir, 'COMPLIANCE.md').exists()
