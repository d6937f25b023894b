// Tests SPEC-CORE-1080 and SPEC-CORE-1081.
// A pull request's edits to the shared reactor, compared with the reactor as committed (the base checkout, next to
// the project): CORE-1001's text changed, CORE-1003 went from SHOULD to MUST, CORE-1004 is new, API-2002 is gone,
// CORE-1002 lost its only test citation and APP-3001 its only code citation. The diff is information: with a
// base it passes; without one it fails with the fix.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// The plugin version is not part of what is tested.
def lines = log.readLines().collect { it.replaceAll(/spec-maven-plugin:[^:]+:/, 'spec-maven-plugin:VERSION:') }
def count = { String line -> lines.count { it == line } }
// What each run of the goal logged in one project: the lines after its header, up to the next '[INFO] ---' line.
def outputs = { String project ->
    def header = "[INFO] --- spec-maven-plugin:VERSION:diff (default-cli) @ ${project} ---".toString()
    lines.findIndexValues { it == header }.collect { i ->
        lines.drop((int) i + 1).takeWhile { !it.startsWith('[INFO] ---') }
                .findAll { it != '[INFO] ' && !it.startsWith('[INFO] Download') }
    }
}

// The first run: no spec.base.
assert count('[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:diff (default-cli) on'
        + ' project drift-reactor: spec:diff needs the checkout to compare with. Check out the target branch next to'
        + ' the project, for example with \'git worktree add ../base origin/main\', and run'
        + ' \'mvn spec:diff -Dspec.base=../base\'. -> [Help 1]') == 1

def headline = '[INFO] 2 requirements changed, 1 added, 1 removed; 1 MUST lost its last test, 1 MUST lost its last' +
        ' code citation'
def runs = outputs('drift-reactor')
assert runs.size() == 3
assert runs[0] == []
assert runs[1] == [headline, '[INFO] wrote target/spec/spec-diff.md', '[INFO] wrote target/spec/spec-diff.json']
// The second run with the same trees writes nothing.
assert runs[2] == [headline, '[INFO] unchanged target/spec/spec-diff.md', '[INFO] unchanged target/spec/spec-diff.json']
// It works once per reactor, at the top-level project.
['core', 'api', 'app'].each { module ->
    assert outputs(module) == [[], []] : "diff did work in ${module}"
    assert !new File(basedir, "${module}/target/spec").exists()
}
assert count('[INFO] BUILD SUCCESS') == 2
assert !lines.any { it.startsWith('[WARNING]') }

// Both files, byte for byte.
['spec-diff.md', 'spec-diff.json'].each { name ->
    assert Arrays.equals(new File(basedir, "target/spec/${name}").bytes, new File(basedir, "expected/${name}").bytes) :
            "${name} differs from expected/${name}:\n" + new File(basedir, "target/spec/${name}").getText('UTF-8')
}
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec/spec-diff.json'), 'UTF-8')
assert json.headline == headline.substring('[INFO] '.length())

// The base is only read: nothing is written there, and the committed files of the tree are as they were.
def base = new File(basedir, '../../it-bases/diff-against-base')
assert new File(base, 'pom.xml').isFile()
assert !new File(base, 'target').exists()
def committed = new File(basedir, '../../it-projects/diff-against-base')
for (String path : ['COMPLIANCE.md', 'requirements/api.yaml', 'requirements/app.yaml', 'requirements/core.yaml']) {
    assert Arrays.equals(new File(basedir, path).bytes, new File(committed, path).bytes) : "${path} changed"
}
