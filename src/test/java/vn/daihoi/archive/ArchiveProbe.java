package vn.daihoi.archive;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import vn.daihoi.security.TestAdmin;

/**
 * For the modules that file into the archive: downloads {@code GET /api/congresses/{id}/archive} as the
 * administrator and reads the ZIP and its index back.
 */
public final class ArchiveProbe {

    /** The archive as served: its entries by path and its index. */
    public record Download(int status, byte[] zip, Map<String, byte[]> entries, ArchiveIndex index) {}

    private ArchiveProbe() {}

    public static Download download(int port, long caseId) throws IOException, InterruptedException {
        String basic = TestAdmin.basicHeader();
        HttpResponse<byte[]> res = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/congresses/" + caseId + "/archive"))
                                .header("Authorization", basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() != 200) {
            return new Download(res.statusCode(), res.body(), Map.of(), null);
        }
        Map<String, byte[]> entries = CongressArchiveTest.unzip(res.body());
        ArchiveIndex index = CongressArchive.JSON.readValue(entries.get(ArchiveIndex.ENTRY_NAME), ArchiveIndex.class);
        return new Download(res.statusCode(), res.body(), entries, index);
    }
}
