package org.maillage.cli.internal;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Routes the log4j logging of Xtext to standard error, warnings and worse only: standard output
 * belongs to the command's results (and to the protocol of {@code maillage lsp}).
 */
final class LogConfiguration {

    private LogConfiguration() {
    }

    static void toStandardError() {
        Logger root = Logger.getRootLogger();
        if (root.getAllAppenders().hasMoreElements()) {
            return;
        }
        ConsoleAppender appender = new ConsoleAppender(new PatternLayout("maillage: %p %c{1}: %m%n"),
                ConsoleAppender.SYSTEM_ERR);
        root.addAppender(appender);
        root.setLevel(Level.WARN);
        // FreeMarker logs a template error in full; the command reports it in one line.
        Logger.getLogger("freemarker").setLevel(Level.OFF);
    }
}
