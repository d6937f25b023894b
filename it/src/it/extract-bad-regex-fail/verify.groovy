// Tests SPEC-PLUGIN-2011 (MojoExecutionException).
// An invalid <idPattern> stops the build before anything is read or written; the message names the regex, the
// problem and the fix.
def project = 'bad-regex'
def message = '''Invalid regular expression in <idPatterns>: '[A-Z+': Unclosed character class near index 4. Fix the <idPattern> value; for example [A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]{3,5}.'''

// it/target/it/<this IT> -> it/src/it-lib
def lib = new File(basedir, '../../../src/it-lib/ConfigErrorAsserts.groovy')
new GroovyShell(new Binding([basedir: basedir, project: project, goal: 'extract (default-cli)', message: message]))
        .evaluate(lib)
