package vn.daihoi;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.daihoi.access.FirstAdmin;
import vn.daihoi.demo.DemoData;

/**
 * The command-line entry point of the jar. Commands that need no web stack ({@code tally},
 * {@code sort-names}) are dispatched here before any Spring class is loaded.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("tally") || args[0].equals("sort-names"))) {
            // stdout is the result: library log lines (PDFBox font fallbacks…) go to stderr, errors only.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        String command = args.length == 0 ? "run" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int status = switch (command) {
            case "run" -> run(rest);
            case "demo" -> demo(rest);
            case "tally" -> vn.daihoi.tally.TallyCommand.tally(rest, utf8(System.out), System.err);
            case "sort-names" -> vn.daihoi.tally.TallyCommand.sortNames(rest, System.in, utf8(System.out), System.err);
            case "help", "--help", "-h" -> usage(System.out, 0);
            default -> {
                System.err.println("Lệnh không hợp lệ: " + command);
                yield usage(System.err, 1);
            }
        };
        if (status != 0 || !"run".equals(command)) {
            System.exit(status);
        }
    }

    /** Output is UTF-8 whatever the platform default, as the record contract says. */
    private static PrintStream utf8(PrintStream out) {
        return new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int run(List<String> options) {
        List<String> springArgs = toSpringArgs(options, true);
        if (springArgs == null) {
            return usage(System.err, 1);
        }
        ConfigurableApplicationContext context =
                SpringApplication.run(DaihoiApplication.class, springArgs.toArray(String[]::new));
        // run returns after every ready listener (notifications, SpringDoc) has logged: this is the last line
        String port = context.getEnvironment().getProperty("local.server.port");
        context.getBean(FirstAdmin.class).announce("http://localhost:" + port);
        return 0;
    }

    private static int demo(List<String> options) {
        List<String> springArgs = toSpringArgs(options, false);
        if (springArgs == null) {
            return usage(System.err, 1);
        }
        String scale = "sample";
        for (String a : springArgs) {
            if (a.startsWith("--daihoi.demo.scale=")) {
                scale = a.substring("--daihoi.demo.scale=".length());
            }
        }
        if (!scale.equals("sample") && !scale.equals("national")) {
            System.err.println("Quy mô dữ liệu mẫu không hợp lệ: " + scale + " (sample hoặc national)");
            return 1;
        }
        FirstAdmin firstAdmin;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DaihoiApplication.class)
                .web(WebApplicationType.NONE)
                .run(springArgs.toArray(String[]::new))) {
            context.getBean(DemoData.class).load(DemoData.Scale.valueOf(scale.toUpperCase()));
            firstAdmin = context.getBean(FirstAdmin.class);
        }
        // last, after the loader's and the shutdown's lines: a password printed before them scrolls out of sight
        firstAdmin.announce(null);
        return 0;
    }

    /** Translates launcher options into Spring properties; returns null on a usage error. */
    static List<String> toSpringArgs(List<String> options, boolean web) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value = i + 1 < options.size() ? options.get(i + 1) : null;
            switch (option) {
                case "--port" -> {
                    if (!web || value == null || !value.matches("\\d{1,5}")) {
                        System.err.println("--port cần một số cổng, ví dụ --port 8080");
                        return null;
                    }
                    out.add("--server.port=" + value);
                    i++;
                }
                case "--data" -> {
                    if (value == null) {
                        System.err.println("--data cần một thư mục, ví dụ --data ./data");
                        return null;
                    }
                    out.add("--daihoi.data-dir=" + value);
                    i++;
                }
                case "--only" -> {
                    if (web || !"congresses".equals(value)) {
                        System.err.println(
                                "--only cần congresses (chỉ nạp thêm hồ sơ đại hội vào dữ liệu toàn quốc đã có)");
                        return null;
                    }
                    out.add("--daihoi.demo.only=" + value);
                    i++;
                }
                case "--scale" -> {
                    if (web || value == null) {
                        System.err.println("--scale cần sample hoặc national");
                        return null;
                    }
                    out.add("--daihoi.demo.scale=" + value);
                    i++;
                }
                default -> {
                    if (option.startsWith("--") && option.contains("=")) {
                        out.add(option); // a Spring property passed through as is
                    } else {
                        System.err.println("Tùy chọn không hợp lệ: " + option);
                        return null;
                    }
                }
            }
        }
        return out;
    }

    private static int usage(PrintStream out, int status) {
        out.println("""
        daihoi — hệ thống chuẩn bị, tổ chức và báo cáo đại hội Đảng bộ các cấp

        Cách dùng:
          daihoi run  [--port N] [--data DIR]                 chạy ứng dụng web (mặc định cổng 8080, dữ liệu ./data)
          daihoi demo [--scale sample|national] [--data DIR]  nạp dữ liệu mẫu rồi thoát
          daihoi demo --scale national --only congresses      chỉ nạp thêm hồ sơ đại hội vào dữ liệu toàn quốc đã có
          daihoi tally [--minutes-pdf FILE] RECORD.json       kiểm phiếu lại một bản ghi bầu cử (JSON), in kết quả JSON
          daihoi sort-names < names.txt                       sắp xếp họ tên theo thứ tự trên phiếu bầu
          daihoi help                                         in hướng dẫn này

        Cơ sở dữ liệu ngoài: đặt DAIHOI_DB_URL, DAIHOI_DB_USER, DAIHOI_DB_PASSWORD.
        Khóa chuỗi nhật ký: DAIHOI_CHAIN_KEY (mọi máy chủ ứng dụng dùng chung một khóa); nếu không đặt, lần chạy đầu
        tạo DIR/secrets/chain.key — hãy sao lưu riêng tệp này.
        """);
        return status;
    }
}
