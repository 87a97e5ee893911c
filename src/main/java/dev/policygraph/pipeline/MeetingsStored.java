package dev.policygraph.pipeline;

import java.util.List;

/** The meetings that newly stored articles report, announced once their transaction has committed. */
public record MeetingsStored(List<String> meetingIds) {
}
