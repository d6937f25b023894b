// A generated YAML file whose spec is gone is deleted; a hand-written YAML file next to it is kept, with a
// DRIFT-LEFTOVER warning so that a file of the tool the plugin replaced is not forgotten.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def lines = log.readLines()

def header = lines.findIndexOf { it.startsWith('[INFO] --- spec-maven-plugin:') && it.endsWith(' @ stale ---') }
assert header >= 0 : 'spec:extract did not run'
def output = lines.drop(header + 1)
        .takeWhile { !it.startsWith('[INFO] ---') }
        .findAll { it.startsWith('[') && !it.startsWith('[INFO] Download') }
assert output == [
        '[WARNING] requirements/notes.yaml: [DRIFT-LEFTOVER] requirements/notes.yaml is in <requirementsDirectory>'
                + ' but the plugin did not generate it, perhaps left over from the tool it replaced. Delete it, or'
                + ' keep it and list it in <excludes>.',
        '[INFO] wrote COMPLIANCE.md',
        '[INFO] wrote requirements/core.yaml',
        '[INFO] deleted requirements/old.yaml (no spec maps to this module any more)',
        '[INFO] 1 requirement (1 must, 0 should, 0 may, 0 info) from 1 spec file in 1 module;'
                + ' 2 files written, 0 unchanged, 1 deleted',
]

assert !new File(basedir, 'requirements/old.yaml').exists()
assert new File(basedir, 'requirements/notes.yaml').getText('UTF-8') ==
        '# Hand-written notes next to the generated files; spec:extract must keep them.\n' +
        'reviewers:\n' +
        '  - alice\n' +
        '  - bob\n'
assert new File(basedir, 'requirements').list().sort() == ['core.yaml', 'notes.yaml']
assert !new File(basedir, 'COMPLIANCE.md').getText('UTF-8').contains('](#old)')
