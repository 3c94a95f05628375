package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import static dev.opsmith.format.terraform.eval.functions.Calls.call;
import static dev.opsmith.format.terraform.eval.functions.Calls.error;
import static org.assertj.core.api.Assertions.assertThat;

class TimeFunctionsTest {

    @Test
    void formatdateFields() {
        assertThat(call("formatdate", "EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00"))
                .isEqualTo(Value.of("Tue, 02 Jan 2018 23:12:01 -0800"));
        assertThat(call("formatdate", "h:mm aa 'o''clock'", "2018-01-02T00:05:01Z")).isEqualTo(Value.of("0:05 am o'clock"));
        assertThat(error(call("formatdate", "YYYY", "2024-06-30"))).contains("not a valid RFC3339 timestamp");
    }

    @Test
    void timeaddAndTimecmp() {
        assertThat(call("timeadd", "2017-11-22T00:00:00Z", "-1h30m")).isEqualTo(Value.of("2017-11-21T22:30:00Z"));
        assertThat(call("timeadd", "2017-11-22T00:00:00+02:00", "1.5h")).isEqualTo(Value.of("2017-11-22T01:30:00+02:00"));
        assertThat(error(call("timeadd", "2017-11-22T00:00:00Z", "1d"))).contains("invalid duration");
        assertThat(call("timecmp", "2017-11-22T00:00:00Z", "2017-11-22T01:00:00+01:00")).isEqualTo(Value.of(0));
        assertThat(call("timecmp", "2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z")).isEqualTo(Value.of(1));
    }
}
