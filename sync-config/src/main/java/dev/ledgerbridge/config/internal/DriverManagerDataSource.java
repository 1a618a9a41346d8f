package dev.ledgerbridge.config.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new connection per call through {@link DriverManager}: enough for a single
 * process whose state store and token store each hold few connections; an application with a pool passes its own.
 */
public final class DriverManagerDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;
    private int loginTimeoutSeconds;

    /**
     * A data source for this URL.
     *
     * @param url      the JDBC URL
     * @param user     the user, or null
     * @param password the password, or null
     */
    public DriverManagerDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return username == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log writer: connection problems surface as SQLExceptions
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** The URL only (a password in it is the user's choice; prefer the password setting). */
    @Override
    public String toString() {
        return "DriverManagerDataSource[" + url.replaceAll("(?i)(password=)[^;&]*", "$1******") + "]";
    }
}
