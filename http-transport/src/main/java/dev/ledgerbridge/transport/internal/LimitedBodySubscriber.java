package dev.ledgerbridge.transport.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into a byte array, but stops (and cancels the stream, which closes the connection)
 * as soon as more than {@code limit} bytes arrived or were announced, so an endless body cannot exhaust the heap.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    /** The body exceeded the limit; the response did arrive with {@link #status}. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;
        final long limit;

        TooLarge(int status, long limit) {
            super("response body exceeds " + limit + " bytes");
            this.status = status;
            this.limit = limit;
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int status;
    private final long limit;
    private final long announced;
    private volatile Flow.Subscription subscription;
    private long received;

    LimitedBodySubscriber(HttpResponse.ResponseInfo info, long limit) {
        this.status = info.statusCode();
        this.limit = limit;
        this.announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (announced > limit) {
            fail(new TooLarge(status, limit));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            received += b.remaining();
            if (received > limit) {
                fail(new TooLarge(status, limit));
                return;
            }
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            out.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading: cancels the stream (closing the connection) and fails the body with {@code why}. */
    void fail(Throwable why) {
        result.completeExceptionally(why);
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
