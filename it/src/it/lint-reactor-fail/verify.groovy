// Tests SPEC-PLUGIN-2010 and SPEC-PLUGIN-2011 (MojoFailureException).
// One finding per rule family, in a 3-project reactor built with -T 2 and no <executions>: every finding is
// reported once, at the top-level project, and the build fails with a MojoFailureException.
def expected = [
        '[ERROR] .specs/10-core.md:3:4: [SPEC-ID-FORMAT] \'OC-core-1\' stands where a requirement ID goes but matches no ID pattern ([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}). Write it like OC-CORE-1001, or add a pattern that matches it to <idPatterns>, for example [A-Z][A-Z0-9]*-[A-Za-z][A-Za-z0-9]*-[0-9]+.',
        '[ERROR] .specs/10-core.md:4:4: [SPEC-ID-DUPLICATE] OC-CORE-1001 is also defined at core/SPEC/SPEC.md:3:4. Give each requirement its own ID.',
        '[ERROR] .specs/10-core.md:5:4: [SPEC-RFC2119-MISSING] OC-CORE-1002 has no RFC 2119 keyword. State the requirement with MUST, SHOULD or MAY in capitals, or move the ID to a normative sentence.',
        '[ERROR] .specs/10-core.md:8:22: [SPEC-LINK-ABSOLUTE] link \'../../outside.md\' leads outside the project directory. Link to a file in the repository, or use an https:// URL.',
        '[ERROR] core/SPEC/SPEC.md:3:4: [SPEC-ID-DUPLICATE] OC-CORE-1001 is also defined at .specs/10-core.md:4:4. Give each requirement its own ID.',
        '[WARNING] .specs/10-core.md:5:4: [SPEC-RFC2119-LOWERCASE] OC-CORE-1002 uses lowercase \'must\', which RFC 8174 does not treat as a keyword. Write MUST if it is normative.',
        '[WARNING] .specs/10-core.md:6:4: [SPEC-RFC2119-AMBIGUOUS] OC-CORE-1003 uses \'MUST not\', which is not an RFC 2119 keyword. Write \'MUST NOT\'.',
        '[WARNING] .specs/10-core.md:7:4: [SPEC-BUNDLED] one item defines 2 requirements (OC-CORE-1004, OC-CORE-1005). Give each requirement its own list item.',
        '[WARNING] .specs/10-core.md:10:101: [SPEC-LINE-LENGTH] line is 105 characters long, more than 100. Wrap it; code, tables and lines of one unbreakable word such as a URL are exempt.',
        '[WARNING] .specs/20-notes.md: [SPEC-NO-REQUIREMENTS] defines no requirement ID. Add requirements such as \'- [OC-CORE-1001] Each pool MUST …\', or leave the file out with <excludes>.',
        '[INFO] 5 errors, 5 warnings in 3 files; SARIF report: target/spec/lint.sarif',
        '[ERROR] Failed to execute goal io.github.spectrace:spec-maven-plugin:VERSION:lint (spec-default) on project lint-reactor: spec:lint found 5 errors and 5 warnings. Fix the findings above; each rule\'s severity can be changed in <rules>. -> [Help 1]',
]
def sarifResults = [
        ['SPEC-ID-FORMAT', 'error', '.specs/10-core.md', 3, 4],
        ['SPEC-ID-DUPLICATE', 'error', '.specs/10-core.md', 4, 4],
        ['SPEC-RFC2119-LOWERCASE', 'warning', '.specs/10-core.md', 5, 4],
        ['SPEC-RFC2119-MISSING', 'error', '.specs/10-core.md', 5, 4],
        ['SPEC-RFC2119-AMBIGUOUS', 'warning', '.specs/10-core.md', 6, 4],
        ['SPEC-BUNDLED', 'warning', '.specs/10-core.md', 7, 4],
        ['SPEC-LINK-ABSOLUTE', 'error', '.specs/10-core.md', 8, 22],
        ['SPEC-LINE-LENGTH', 'warning', '.specs/10-core.md', 10, 101],
        ['SPEC-NO-REQUIREMENTS', 'warning', '.specs/20-notes.md', 1, null],
        ['SPEC-ID-DUPLICATE', 'error', 'core/SPEC/SPEC.md', 3, 4],
]

// it/target/it/<this IT> -> it/src/it-lib
def lines = new GroovyShell(new Binding([basedir: basedir, expected: expected, helpKind: 'MojoFailureException', sarifFile: 'target/spec/lint.sarif', sarifResults: sarifResults]))
        .evaluate(new File(basedir, '../../../src/it-lib/FindingAsserts.groovy'))

// lint ran in all three projects but worked only at the top level; check-links never ran.
assert lines.count { it.startsWith('[INFO] --- spec-maven-plugin:VERSION:lint (spec-default) @ ') } >= 1
assert lines.count { it.contains(' SARIF report: ') } == 1
assert !new File(basedir, 'core/target/spec').exists()
