package dev.opsmith.rules.dockerfile;

import dev.opsmith.rules.RedactionAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every credential rule, run through the real scanner and every reporter: the raw credential text must appear in no
 * output (message, source excerpt, JSON, SARIF), while the finding itself is still reported.
 */
class RedactionTest {

    @TempDir
    Path root;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("DF100", "FROM alpine:3.20\nENV DB_PASSWORD=Zr9kQ2xPw0rd7731Vt\n",
                        List.of("Zr9kQ2xPw0rd7731Vt")),
                Arguments.of("DF100", "FROM alpine:3.20\nENV LEDGER_API_TOKEN=\"q8\\\"Lm2Rt5Vx93\" LOG_LEVEL=info\n",
                        List.of("q8\\\"Lm2Rt5Vx93", "q8\"Lm2Rt5Vx93")),
                Arguments.of("DF100", "FROM alpine:3.20\nARG SETTLEMENT_SECRET=Hk2mW9pLq4Zt\nRUN ./build.sh\n",
                        List.of("Hk2mW9pLq4Zt")),
                Arguments.of("DF101", "FROM alpine:3.20\nRUN curl -H \"Authorization: token "
                                + "ghp_R8x2Lk9QwE4tYu7IoP3aSd6FgH1jK5zXcV0b\" https://api.github.com/user\n",
                        List.of("ghp_R8x2Lk9QwE4tYu7IoP3aSd6FgH1jK5zXcV0b")),
                Arguments.of("DF101", "FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986\n",
                        List.of("AKIA2E0A8F3B244C9986")),
                Arguments.of("DF101", "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nCOPY <<EOF /root/.ssh/id_ed25519\n"
                                + "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                                + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                                + "QyNTUxOQAAACDqZ7kR4mLp2Wv9TtXs8Hc3Yb1Nd5Fg6Jh0Kq7Lw2PzAAAAJg9dKm4PXSp\n"
                                + "-----END OPENSSH PRIVATE KEY-----\nEOF\n",
                        List.of("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                                "QyNTUxOQAAACDqZ7kR4mLp2Wv9TtXs8Hc3Yb1Nd5Fg6Jh0Kq7Lw2PzAAAAJg9dKm4PXSp")),
                Arguments.of("DF103", "FROM alpine:3.20\nRUN git clone https://x-access-token:Hq93kdLw0PzA71ms@github.com/acme/ledger.git\n",
                        List.of("Hq93kdLw0PzA71ms")),
                Arguments.of("DF103", "FROM alpine:3.20\nENV PIP_INDEX_URL=https://ci:Pz8wq2LmN4uu@pypi.acme-pay.io/simple\n",
                        List.of("Pz8wq2LmN4uu")),
                Arguments.of("DF104", "FROM alpine:3.20\nRUN aws configure set aws_secret_access_key Zk3pQ8wLr5Tn2Vb7Xy4Mc9Hd6Jf1Gs0A\n",
                        List.of("Zk3pQ8wLr5Tn2Vb7Xy4Mc9Hd6Jf1Gs0A")),
                Arguments.of("DF104", "FROM alpine:3.20\nRUN curl -fsSL -u deploy:Tr0ub4dor3xQ https://repo.acme-pay.io/a.tgz -o /tmp/a.tgz\n",
                        List.of("Tr0ub4dor3xQ")),
                Arguments.of("DF104", "FROM alpine:3.20\nRUN docker login -u ci -p Dk29sLq83MzW registry.acme-pay.io\n",
                        List.of("Dk29sLq83MzW")),
                Arguments.of("DF104", "FROM node:20\nRUN echo \"//npm.acme-pay.io/:_authToken=Nt7qR2xL9pW4kZ8s\" >> ~/.npmrc\n",
                        List.of("Nt7qR2xL9pW4kZ8s")),
                Arguments.of("DF104", "FROM node:20\nRUN sh -c \"npm config set //npm.acme-pay.io/:_authToken=Vb5nM8qW2eR7tY4u && npm ci\"\n",
                        List.of("Vb5nM8qW2eR7tY4u")),
                // rules that do not look for credentials still mask any that sit on the lines they report
                Arguments.of("DF125", "FROM alpine:3.20\nRUN curl -fsSLo /tmp/a.tgz http://ci:Gq4Wv8zLp2Rk@repo.acme-pay.io/a.tgz\n",
                        List.of("Gq4Wv8zLp2Rk")),
                Arguments.of("DF126", "FROM alpine:3.20\nADD https://deploy:Mt6Yc1xNq9Bs@nexus.acme-pay.io/raw/a.tgz /opt/\n",
                        List.of("Mt6Yc1xNq9Bs")),
                Arguments.of("DF129", "FROM python:3.12\nRUN pip install --extra-index-url https://ci:Jw3Hd7sKe5Tn@pypi.acme-pay.io/simple x\n",
                        List.of("Jw3Hd7sKe5Tn")),
                Arguments.of("DF120", "FROM alpine:3.20\nRUN curl -H \"PRIVATE-TOKEN: glpat-Zq81mXv3Kp0sLw7RtY2n\" https://gitlab.acme-pay.io/i.sh | sh\n",
                        List.of("glpat-Zq81mXv3Kp0sLw7RtY2n")),
                Arguments.of("DF104", "FROM alpine:3.20\nARG REGISTRY_TOKEN\nRUN echo $REGISTRY_TOKEN && export DB_PASSWORD=Ue8Rb2Lx6Qz4\n",
                        List.of("Ue8Rb2Lx6Qz4")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void credentialAppearsInNoOutput(String id, String dockerfile, List<String> secrets) throws IOException {
        RedactionAssertions.assertNoOutputShows(RedactionAssertions.scan(root, "Dockerfile", dockerfile, id), id, secrets);
    }
}
