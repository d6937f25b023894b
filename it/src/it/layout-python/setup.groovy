// What .gitignore and the virtual environment hide from the trace: written here, so that no ignored file is
// committed.
def write = { String path, String text ->
    File f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
}
write('tool/.gitignore', '*.egg-info/\n__pycache__/\n')
write('tool/src/lp_tool.egg-info/PKG-INFO', 'LP-TOOL-1001\n')
write('tool/.venv/lib/python3.12/site-packages/x.py', '# LP-TOOL-1002\n')
return true
