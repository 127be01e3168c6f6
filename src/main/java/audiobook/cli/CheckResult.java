package audiobook.cli;

/** One line of {@code audiobook doctor}. */
record CheckResult(Status status, String message) {

    enum Status {
        /** Works. */
        OK("ok  "),
        /** Works, but something is missing that some feature wants. */
        WARN("warn"),
        /** An optional tool that is not installed. */
        NOTE("note"),
        /** An essential part does not work: building will fail. */
        FAIL("FAIL");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    static CheckResult ok(String message) {
        return new CheckResult(Status.OK, message);
    }

    static CheckResult warn(String message) {
        return new CheckResult(Status.WARN, message);
    }

    static CheckResult note(String message) {
        return new CheckResult(Status.NOTE, message);
    }

    static CheckResult fail(String message) {
        return new CheckResult(Status.FAIL, message);
    }

    String line() {
        return status.label + "  " + message;
    }
}
