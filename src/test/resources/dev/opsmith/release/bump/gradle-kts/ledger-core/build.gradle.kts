dependencies {
    implementation(project(":ledger-api"))
    implementation("com.acme.payments:payments-client:2.0.0:all@jar")
    implementation("com.acme.payments:payments-model:2.0.0")
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.2")
}
