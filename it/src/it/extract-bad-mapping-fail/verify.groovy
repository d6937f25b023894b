// A <mapping> without a <module> stops the build before any file is read.
def project = 'bad-mapping'
def message = '''A <mapping> in <mappings> needs both <spec> and <module>, for example spec 60-config-schema.md and module contracts-config-schema.'''

// it/target/it/<this IT> -> it/src/it-lib
def lib = new File(basedir, '../../../src/it-lib/ConfigErrorAsserts.groovy')
new GroovyShell(new Binding([basedir: basedir, project: project, goal: 'extract (default-cli)', message: message]))
        .evaluate(lib)
