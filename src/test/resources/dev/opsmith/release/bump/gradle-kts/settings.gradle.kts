pluginManagement {
    repositories {
        gradlePluginPortal()
    }
}

rootProject.name = "ledger"

include("ledger-api", "ledger-core")
