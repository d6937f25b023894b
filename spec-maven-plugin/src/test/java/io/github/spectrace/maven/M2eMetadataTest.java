package io.github.spectrace.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The plugin tells Eclipse m2e to leave every goal out of incremental builds. */
class M2eMetadataTest {

    @Test
    void everyGoalIsIgnoredByM2e() throws Exception {
        Document doc;
        try (InputStream in = M2eMetadataTest.class.getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "the metadata is on the class path, so it is in the jar");
            doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in);
        }
        Set<String> ignored = new TreeSet<>();
        NodeList executions = doc.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) executions.item(i);
            assertEquals(1, e.getElementsByTagName("ignore").getLength(), "action is ignore");
            NodeList goals = e.getElementsByTagName("goal");
            for (int g = 0; g < goals.getLength(); g++) {
                ignored.add(goals.item(g).getTextContent().strip());
            }
        }
        assertEquals(mojoGoals(), ignored);
    }

    /** The goals the Mojos declare, read from their sources, so that a new goal cannot be forgotten here. */
    private static Set<String> mojoGoals() throws Exception {
        Set<String> goals = new TreeSet<>();
        Pattern mojo = Pattern.compile("@Mojo\\(name = \"([a-z-]+)\"");
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            for (Path p : s.filter(f -> f.toString().endsWith("Mojo.java")).toList()) {
                Matcher m = mojo.matcher(Files.readString(p));
                while (m.find()) {
                    goals.add(m.group(1));
                }
            }
        }
        assertEquals(9, goals.size(), goals.toString());
        return goals;
    }
}
