package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

/**
 * How a committee tends to submit: real committees are consistent (one always sends XLSX, one always Chinese
 * headers, one is always late), so the habit is drawn once per community and most of its files follow it.
 *
 * @param lapseDataset a dataset the committee stops sending for {@code lapseLength} months from {@code lapseFrom}, or null
 */
record CommunityHabit(SubmissionFormat format, boolean chineseHeaders, double lateRate, double missingApprovalRate,
                      Dataset lapseDataset, int lapseFrom, int lapseLength) {
    boolean lapsed(Dataset dataset, int month) {
        return dataset == lapseDataset && month >= lapseFrom && month < lapseFrom + lapseLength;
    }
}
