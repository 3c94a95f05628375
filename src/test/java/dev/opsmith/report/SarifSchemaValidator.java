package dev.opsmith.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates SARIF logs against the official SARIF 2.1.0 JSON schema (draft-07), committed at
 * {@code src/test/resources/report/sarif-schema-2.1.0.json}. Offline: the schema's own {@code $id} and
 * the ids SARIF logs usually cite are mapped to that classpath copy, and remote fetching stays off.
 * Public so that other tests (CLI end to end) can check what they emit.
 */
public final class SarifSchemaValidator {
    /** The {@code $id} inside the committed schema. */
    static final String SCHEMA_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
    static final String RESOURCE = "classpath:report/sarif-schema-2.1.0.json";

    private static final Schema SCHEMA = load();

    private SarifSchemaValidator() {
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .schemaIdResolvers(ids -> ids
                                .mapPrefix(SCHEMA_ID, RESOURCE)
                                .mapPrefix("https://json.schemastore.org/sarif-2.1.0.json", RESOURCE)
                                .mapPrefix("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", RESOURCE))));
        return registry.getSchema(SchemaLocation.of(SCHEMA_ID));
    }

    /** Schema violations of a SARIF log, one line each ({@code instance path: message}); empty when valid. */
    public static List<String> validate(String sarifJson) {
        List<Error> errors = SCHEMA.validate(sarifJson, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }
}
