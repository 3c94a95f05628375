package dev.opsmith.release;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code opsmith release} would do, for every package: the read-only result of {@link ReleasePlanner}, shown by
 * {@code release plan} and carried out by {@link ReleaseWriter}.
 *
 * @param branch the branch released from
 * @param head   the commit id HEAD pointed to when planning
 * @param date   the release date written into changelogs
 */
public record ReleasePlan(String branch, String head, LocalDate date, List<PackagePlan> packages) {

    public ReleasePlan {
        packages = List.copyOf(packages);
    }

    public List<PackagePlan> releasing() {
        return packages.stream().filter(PackagePlan::releases).toList();
    }
}
