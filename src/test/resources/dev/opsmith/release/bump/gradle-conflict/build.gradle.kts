plugins {
    java
}

group = "com.acme.fx"
version = "1.1.0"

dependencies {
    implementation("com.google.guava:guava:33.2.1-jre")
}
