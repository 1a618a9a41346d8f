package dev.ledgerbridge.testkit.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Child process of {@link RunningAsRootTest}: prints how the server runs and who owns its data directory. */
public final class ServerOwnerMain {
    private ServerOwnerMain() {
    }

    public static void main(String[] args) throws Exception {
        try (TestDatabase db = TestPostgres.createDatabase();
             Connection c = db.dataSource().getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('data_directory')")) {
            rs.next();
            System.out.println("server: " + TestPostgres.describeServer());
            System.out.println("owner: " + Files.getOwner(Path.of(rs.getString(1))).getName());
        }
    }
}
