// A <mapping> to a module the reactor does not have stops the build; the message lists the known modules.
def project = 'bad-mapping'
def message = '''<mappings> maps '10-core.md' to module 'nope', but the repository has no module with that name or directory name. Known modules: bad-mapping, lib-a, lib-b. Fix the <module> value or add the module.'''

// it/target/it/<this IT> -> it/src/it-lib
def lib = new File(basedir, '../../../src/it-lib/ConfigErrorAsserts.groovy')
new GroovyShell(new Binding([basedir: basedir, project: project, goal: 'extract (default-cli)', message: message]))
        .evaluate(lib)
