package commstat.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRCompiler;

/** Compiles each {@code .jrxml} of the classpath once per JVM (about 0.5 s each) and hands out the compiled report. */
public final class JasperTemplates {

    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    static {
        // Jasper's compiler writes <template>_<hash>.java into java.io.tmpdir by default: two JVMs compiling the same
        // template at once (tests, a render beside a nightly) read each other's half-written files. One folder per JVM.
        try {
            Path dir = Files.createTempDirectory("commstat-jasper-");
            dir.toFile().deleteOnExit();
            DefaultJasperReportsContext.getInstance().setProperty(JRCompiler.COMPILER_TEMP_DIR, dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for compiling report templates", e);
        }
    }

    private JasperTemplates() {
    }

    /** @param resource a classpath resource such as {@code reports/assessment/district.jrxml} */
    public static JasperReport get(String resource) {
        return COMPILED.computeIfAbsent(resource, JasperTemplates::compile);
    }

    private static JasperReport compile(String resource) {
        try (InputStream in = JasperTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("report template " + resource + " is not on the classpath");
            }
            return JasperCompileManager.compileReport(in);
        } catch (JRException e) {
            throw new IllegalStateException("report template " + resource + " does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading report template " + resource, e);
        }
    }
}
