dependencies {
    api("com.acme.payments:payments-client:2.0.0")
}
