package dev.opsmith.config;

import java.util.List;

/** A configuration file that cannot be used; every problem at once, each as {@code file:line:col: key: message}. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
