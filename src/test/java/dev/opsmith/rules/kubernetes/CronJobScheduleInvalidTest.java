package dev.opsmith.rules.kubernetes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cron grammar of K8S173 against what the API server's parser (robfig/cron ParseStandard) accepts. */
class CronJobScheduleInvalidTest {

    @Test
    void acceptsWhatTheApiServerAccepts() {
        for (String ok : new String[]{"* * * * *", "*/5 * * * *", "0 0 1 1 *", "59 23 31 12 6", "0 9 * * MON-FRI",
                "0 9 * * mon,wed,fri", "0 0 1 JAN-JUN/2 *", "5/15 * * * *", "0 0 ? * ?", "@hourly", "@annually",
                "@every 90s", "@every 1h30m", "  0 2 * * *  "}) {
            assertThat(CronJobScheduleInvalid.problem(ok)).as(ok).isEmpty();
        }
    }

    @Test
    void rejectsWhatTheApiServerRejects() {
        for (String bad : new String[]{"", "0 2 * * 7", "0 24 * * *", "0 0 0 * *", "0 0 * 0 *", "*/0 * * * *",
                "5-1 * * * *", "1-2-3 * * * *", "1/2/3 * * * *", "0 0 0 2 * *", "0 2 * *", "@reboot", "@every",
                "@every 5 minutes", "TZ=UTC 0 2 * * *", "0 2 L * *", "0 2 * * 1#2", "-1 * * * *", "a * * * *"}) {
            assertThat(CronJobScheduleInvalid.problem(bad)).as(bad).isPresent();
        }
    }

    @Test
    void namesPortsLikeIana() {
        assertThat(InvalidPortName.problem("http")).isEmpty();
        assertThat(InvalidPortName.problem("grpc-api-2")).isEmpty();
        assertThat(InvalidPortName.problem("abcdefghijklmno")).isEmpty();
        assertThat(InvalidPortName.problem("abcdefghijklmnop")).isPresent();
        assertThat(InvalidPortName.problem("443")).isPresent();
        assertThat(InvalidPortName.problem("a--b")).isPresent();
        assertThat(InvalidPortName.problem("api-")).isPresent();
        assertThat(InvalidPortName.problem("API")).isPresent();
    }
}
