package vn.daihoi.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium (installed by {@code ./daihoi test}) driven by Playwright, offline: no browser download, no
 * background network. Every browser test launches it through here, so the flags live in one place.
 */
public final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private Chromium() {}

    /** Playwright without its browser download (the machine is offline). */
    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A headless chromium with the common flags and any {@code extraFlags} (e.g. a fake camera). */
    public static Browser launch(Playwright playwright, String... extraFlags) {
        List<String> flags = new ArrayList<>(FLAGS);
        flags.addAll(List.of(extraFlags));
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(flags));
    }
}
