// A spec that is not valid UTF-8 stops the build before anything is written; the message names
// path:line:column (in characters, not bytes: the line has multi-byte characters before the bad byte) and the
// fix.
def project = 'bad-utf8'
def message = '''.specs/10-core.md:3:43: the file is not valid UTF-8 (byte 0xE9). Save it as UTF-8, for example with iconv -f ISO-8859-1 -t UTF-8.'''

// it/target/it/<this IT> -> it/src/it-lib
def lib = new File(basedir, '../../../src/it-lib/ConfigErrorAsserts.groovy')
new GroovyShell(new Binding([basedir: basedir, project: project, goal: 'extract (default-cli)', message: message]))
        .evaluate(lib)
