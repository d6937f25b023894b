// spec:init writes a starting spec into the module without one, keeps the module that has one, changes no
// file, and prints the plugin block for the top-level POM.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()
def header = lines.findIndexOf { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(' @ init ---') }
assert header >= 0 : 'spec:init did not run'
def output = lines.drop(header + 1).takeWhile { it != '[INFO] ' && !it.startsWith('[INFO] ---') }
def version = lines[header].replaceAll(/.*spec-maven-plugin:([^:]+):.*/, '$1')
assert output == [
        '[INFO] kept init-api: it has a spec',
        '[INFO] wrote core/SPEC/SPEC.md',
        '[INFO] 1 spec written. To lint the specs in mvn validate and run the gate in mvn verify, add this to'
                + ' <build><plugins> of the top-level pom.xml:',
        '[INFO] <!-- Keeps specs, requirements/*.yaml, COMPLIANCE.md, code and tests in agreement. -->',
        '[INFO] <plugin>',
        '[INFO]   <groupId>io.github.spectrace</groupId>',
        '[INFO]   <artifactId>spec-maven-plugin</artifactId>',
        "[INFO]   <version>${version}</version>".toString(),
        '[INFO]   <!-- Binds spec:lint and spec:check-links to validate and spec:verify-drift to verify. -->',
        '[INFO]   <extensions>true</extensions>',
        '[INFO] </plugin>',
]
assert lines.count { it.startsWith('[INFO] wrote ') } == 1 : 'runs once per reactor'
def spec = new File(basedir, 'core/SPEC/SPEC.md').getText('UTF-8')
assert spec.startsWith('# init-core\n')
assert spec.contains('\n- [INIT-CORE-1001] init-core MUST do what this sentence says; replace it with a real requirement.\n')
assert new File(basedir, 'api/SPEC/SPEC.md').getText('UTF-8') == '# API\n\n- [API-1001] The API MUST answer.\n'
assert !new File(basedir, 'SPEC').exists() : 'the aggregator gets no spec'
assert !new File(basedir, 'requirements').exists()
