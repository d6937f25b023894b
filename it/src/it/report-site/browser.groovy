// The report in a real browser: headless Chromium, driven through chromedriver's W3C WebDriver HTTP API with
// plain JSON over HttpURLConnection (no client library). Run by verify.groovy when the 'browser' profile of
// it/pom.xml sets 'chromium' and 'chromedriver'. It opens the site's and the standalone module pages from disk,
// filters them through the form as a user would, and checks which rows stay visible; it saves screenshots at
// 1280 px in target/screenshots/ for the site docs.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

// chromedriver needs the browser's absolute path; a bare name is looked up on the PATH.
def which = { String name ->
    def found = new File(name).isAbsolute() ? new File(name) : System.getenv('PATH').split(File.pathSeparator)
            .collect { new File(it, name) }.find { it.canExecute() }
    assert found?.canExecute() : "${name} not found: install Debian's chromium and chromium-driver, or set" +
            ' -Dspec.it.chromium and -Dspec.it.chromedriver to their paths'
    found.absolutePath
}
def port = new ServerSocket(0).withCloseable { it.localPort }
def log = new File(basedir, 'chromedriver.log')
def driver = new ProcessBuilder(which(chromedriver), "--port=${port}").redirectErrorStream(true)
        .redirectOutput(log).start()
def call = { String method, String path, Map body = null ->
    def c = (HttpURLConnection) new URL("http://127.0.0.1:${port}${path}").openConnection()
    c.requestMethod = method
    c.connectTimeout = 2000
    c.readTimeout = 60000
    if (body != null) {
        c.doOutput = true
        c.setRequestProperty('Content-Type', 'application/json')
        c.outputStream.withCloseable { it.write(JsonOutput.toJson(body).getBytes('UTF-8')) }
    }
    def stream = c.responseCode < 400 ? c.inputStream : c.errorStream
    def answer = new JsonSlurper().parse(stream, 'UTF-8')
    assert c.responseCode < 400 : "${method} ${path}: ${answer}"
    answer.value
}
try {
    def up = false
    for (int i = 0; i < 100 && !up; i++) {
        try {
            call('GET', '/status')
            up = true
        } catch (IOException e) {
            Thread.sleep(100)
        }
    }
    assert up : "chromedriver did not start; see ${log}"
    def options = [binary: which(chromium), args: ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=1280,900',
                                            '--hide-scrollbars', '--force-device-scale-factor=1']]
    def session = call('POST', '/session', [capabilities: [alwaysMatch: ['goog:chromeOptions': options]]]).sessionId
    def s = "/session/${session}"
    def open = { String path, String query = '' ->
        call('POST', "${s}/url", [url: new File(basedir, path).toURI().toString() + query])
    }
    def element = { String css -> call('POST', "${s}/element", [using: 'css selector', value: css]).values()[0] }
    def js = { String script -> call('POST', "${s}/execute/sync", [script: script, args: []]) }
    def visible = {
        js("return [].slice.call(document.querySelectorAll('.spec-reqs tr')).filter(function(r){"
                + "return r.querySelector('td') && r.getBoundingClientRect().height > 0}).map(function(r){"
                + "return r.querySelector('a').id})")
    }
    def shown = { js("return document.getElementById('spec-count').textContent") }
    def screenshot = { String name ->
        def dir = new File(basedir, 'target/screenshots')
        dir.mkdirs()
        new File(dir, name).bytes = call('GET', "${s}/screenshot").decodeBase64()
    }
    try {
        ['target/site', 'target/reports'].each { dir ->
            open("${dir}/spec-compliance-core.html")
            // The script ran: the form shows, and every row is visible until a filter is chosen.
            assert js("return document.getElementById('spec-filter').hidden") == false
            assert visible() == ['core-1001', 'core-1002', 'core-1003']
            assert shown() == '3 of 3 requirements shown'
            call('POST', "${s}/element/${element('select[name=status] option[value=failing]')}/click", [:])
            assert visible() == ['core-1002'] : "${dir}: the status filter did not hide the other rows"
            assert shown() == '1 of 3 requirements shown'
            // The filter's state is in the address, so a filtered view can be shared.
            assert js('return location.search') == '?status=failing'
            if (dir == 'target/site') {
                screenshot('spec-compliance-filtered.png')
            }
            call('POST', "${s}/element/${element('select[name=status] option[value=""]')}/click", [:])
            call('POST', "${s}/element/${element('input[name=q]')}/value", [text: 'SIZE'])
            assert visible() == ['core-1003'] : "${dir}: the text filter did not hide the other rows"
            call('POST', "${s}/element/${element('input[name=q]')}/clear", [:])
            assert visible() == ['core-1001', 'core-1002', 'core-1003']
            // A link with a filter opens filtered: the level and the text together.
            open("${dir}/spec-compliance-app.html", '?level=may&q=usage')
            assert visible() == ['app-2002']
            assert js("return document.querySelector('select[name=level]').value") == 'may'
            open("${dir}/spec-compliance-app.html", '?level=must')
            assert visible() == ['app-2001']
        }
        open('target/site/spec-compliance.html')
        // The chart is inline SVG, drawn without fetching anything: one bar per module, each a link to its page.
        assert js("return [].slice.call(document.querySelectorAll('.spec-chart svg a')).map(function(a){"
                + "return a.getAttribute('href')})") == ['spec-compliance-app.html', 'spec-compliance-core.html']
        assert js("return document.querySelector('.spec-chart svg').getBoundingClientRect().width") > 0
        screenshot('spec-compliance.png')
    } finally {
        call('DELETE', s)
    }
} finally {
    driver.destroy()
    driver.waitFor()
}
return true
