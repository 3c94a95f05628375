package dev.opsmith.format.kubernetes.schema;

/**
 * One way an object disagrees with the Kubernetes API schema.
 *
 * @param pointer  JSON pointer (RFC 6901) of the offending node, e.g. {@code /spec/template/spec/containers/0/imagePullPolicy};
 *                 for {@link #UNKNOWN_FIELD} and {@link #REQUIRED} it names the object that has (or lacks) the field,
 *                 {@code ""} for the document root
 * @param property the field name for {@link #UNKNOWN_FIELD} and {@link #REQUIRED}, otherwise {@code null}
 * @param kind     one of {@link #UNKNOWN_FIELD}, {@link #TYPE}, {@link #REQUIRED}, {@link #ENUM}, {@link #FORMAT}
 * @param message  what is wrong, for a person, without the location
 */
public record SchemaError(String pointer, String property, String kind, String message) {
    public static final String UNKNOWN_FIELD = "unknown-field";
    public static final String TYPE = "type";
    public static final String REQUIRED = "required";
    public static final String ENUM = "enum";
    public static final String FORMAT = "format";

    /** The pointer of the field itself: the parent's pointer plus the property, where there is one. */
    public String fieldPointer() {
        return property == null ? pointer : pointer + "/" + property.replace("~", "~0").replace("/", "~1");
    }
}
