// What .gitignore and the build directory hide from the trace: written here, so that no ignored file is committed.
def write = { String path, String text ->
    File f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
}
write('.gitignore', '# test reports\ncoverage/\n')
write('packages/ui/coverage/lcov-report/button.ts.html', '<!-- LN-UI-1001 -->\n')
write('packages/ui/dist/button.js', '// LN-UI-1001\n')
write('packages/core/node_modules/dep/index.js', '// LN-CORE-1001\n')
return true
