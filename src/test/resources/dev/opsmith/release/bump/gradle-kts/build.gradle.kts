plugins {
    kotlin("jvm") version "1.9.24" apply false
    id("com.diffplug.spotless") version "6.25.0"
}

/* The version lives in gradle.properties:
   version = "9.9.9" here would be a second source of truth. */
val releaseNotes = "version = \"2.0.0\" is not assigned here"

allprojects {
    repositories {
        mavenCentral()
    }
}

subprojects {
    apply(plugin = "org.jetbrains.kotlin.jvm")
}
