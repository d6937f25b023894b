// Backdates the committed outputs and keeps a copy of them, so that verify.groovy can tell whether the goal
// touched them. (A hook script that returns anything but null or true fails the build, hence the for loop.)
import java.nio.file.Files
import java.nio.file.StandardCopyOption

for (String path : ['COMPLIANCE.md', 'requirements/billing.yaml']) {
    File file = new File(basedir, path)
    File copy = new File(basedir, 'before/' + path)
    copy.parentFile.mkdirs()
    Files.copy(file.toPath(), copy.toPath(), StandardCopyOption.REPLACE_EXISTING)
    assert file.setLastModified(1577836800000L) // 2020-01-01T00:00:00Z
}
