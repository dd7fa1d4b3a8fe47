package commstat.reports.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads PDFs back with poppler's {@code pdftotext} and {@code pdffonts}, as a person would see them. */
public final class PdfTools {

    private PdfTools() {
    }

    public static String text(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdftotext", "-layout", "-enc", "UTF-8", "{}", "-");
    }

    public static String text(Path pdf) throws IOException, InterruptedException {
        return text(Files.readAllBytes(pdf));
    }

    public static String info(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdfinfo", "-isodates", "-enc", "UTF-8", "{}");
    }

    public static String fonts(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdffonts", "{}");
    }

    private static String run(byte[] pdf, String... command) throws IOException, InterruptedException {
        Path file = Files.createTempFile("commstat-test", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> args = new ArrayList<>();
            for (String part : command) {
                args.add(part.equals("{}") ? file.toString() : part);
            }
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", args) + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
