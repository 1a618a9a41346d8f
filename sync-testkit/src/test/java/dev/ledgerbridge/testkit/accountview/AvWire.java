package dev.ledgerbridge.testkit.accountview;

import dev.ledgerbridge.testkit.Http;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Raw AccountView calls with bearer token and X-Company. */
final class AvWire {
    private final AccountViewEmulator av;
    String accessToken;
    String company;

    AvWire(AccountViewEmulator av) {
        this.av = av;
        this.accessToken = av.issueTokens().accessToken();
        this.company = av.company().id();
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    Http.Result get(Map<String, String> params) {
        return Http.send(request(av.webApiUrl() + "/accountviewdata?" + query(params)).GET().build());
    }

    Http.Result write(String method, String json) {
        return Http.send(request(av.webApiUrl() + "/accountviewdata")
                .header("Content-Type", "application/json; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Http.uri(url)).header("Accept", "application/json");
        if (accessToken != null) {
            b.header("Authorization", "Bearer " + accessToken);
        }
        if (company != null) {
            b.header("X-Company", company);
        }
        return b;
    }

    Http.Result token(String form) {
        return Http.send(HttpRequest.newBuilder(Http.uri(av.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
