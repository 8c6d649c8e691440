package org.upward.pairing.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores one mentee against every mentor, the hot loop of a run: the mentors' profiles in flat arrays, and per mentee
 * the sorted indices of the mentors a hard constraint other than the department rules out (same person, reporting
 * line either way, blocked, just dissolved), walked alongside the mentors instead of searched per pair. Computes the
 * same doubles in the same order as {@link ScoreCalculator}, so the scores are identical.
 */
final class RowScanner {

    private final PairingInstance instance;
    private final int mentorCount;
    private final int skills;
    private final int words;
    private final int[] levels;
    private final long[] interestBits;
    private final int[] interestCount;
    private final int[] department;
    private final int[] styleAndMeeting;
    private final int[][] ruledOut;

    RowScanner(PairingInstance instance) {
        this.instance = instance;
        this.mentorCount = instance.mentorCount();
        this.skills = mentorCount == 0 ? 0 : instance.mentors.get(0).levelBySkill().length;
        this.words = mentorCount == 0 ? 0 : instance.mentors.get(0).interestBits().length;
        this.levels = new int[mentorCount * skills];
        this.interestBits = new long[mentorCount * words];
        this.interestCount = new int[mentorCount];
        this.department = new int[mentorCount];
        this.styleAndMeeting = new int[mentorCount];
        for (int j = 0; j < mentorCount; j++) {
            CompiledMentor mentor = instance.mentors.get(j);
            System.arraycopy(mentor.levelBySkill(), 0, levels, j * skills, skills);
            System.arraycopy(mentor.interestBits(), 0, interestBits, j * words, words);
            interestCount[j] = mentor.interestCount();
            department[j] = mentor.department();
            styleAndMeeting[j] = mentor.profile().workStyle().ordinal() * MeetingPreference.values().length
                    + mentor.profile().meetingPreference().ordinal();
        }
        this.ruledOut = ruledOut(instance);
    }

    /**
     * Writes the eligible mentors of mentee {@code i} (ascending) and their scores in hundredths into the arrays
     * (each of length ≥ the number of mentors); returns how many.
     */
    int scan(int i, int[] mentors, int[] scores) {
        CompiledMentee mentee = instance.mentees.get(i);
        double[] workStyle = workStyleByMentorKind(mentee);
        int[] wanted = mentee.wantedSkills();
        int[] current = mentee.currentLevels();
        int[] priority = mentee.priorityWeights();
        int denominator = mentee.skillGapDenominator();
        long[] bits = mentee.interestBits();
        int count = 0;
        int[] out = ruledOut[i];
        int nextOut = 0;
        boolean sameDepartmentOut = instance.settings.excludeSameDepartment();
        for (int j = 0; j < mentorCount; j++) {
            if (nextOut < out.length && out[nextOut] == j) {
                nextOut++;
                continue;
            }
            if (sameDepartmentOut && department[j] == mentee.department()) {
                continue;
            }
            double skillGap = 0;
            if (denominator != 0) {
                int covered = 0;
                int base = j * skills;
                for (int k = 0; k < wanted.length; k++) {
                    int gap = levels[base + wanted[k]] - current[k];
                    if (gap > 0) {
                        covered += priority[k] * gap;
                    }
                }
                skillGap = (double) covered / denominator;
            }
            int shared = 0;
            for (int w = 0; w < words; w++) {
                shared += Long.bitCount(interestBits[j * words + w] & bits[w]);
            }
            int together = interestCount[j] + mentee.interestCount() - shared;
            double interest = together == 0 ? 0 : (double) shared / together;
            long centi = instance.calculator.totalCenti(skillGap, interest, workStyle[styleAndMeeting[j]]);
            if (centi >= instance.minScoreCenti) {
                mentors[count] = j;
                scores[count++] = (int) centi;
            }
        }
        return count;
    }

    private static double[] workStyleByMentorKind(CompiledMentee mentee) {
        WorkStyle[] styles = WorkStyle.values();
        MeetingPreference[] meetings = MeetingPreference.values();
        double[] table = new double[styles.length * meetings.length];
        for (WorkStyle style : styles) {
            for (MeetingPreference meeting : meetings) {
                table[style.ordinal() * meetings.length + meeting.ordinal()] =
                        (ScoreCalculator.styleFit(style, mentee.profile().workStyle())
                                        + ScoreCalculator.meetingFit(
                                                meeting, mentee.profile().meetingPreference()))
                                / 2;
            }
        }
        return table;
    }

    /** Per mentee, the sorted mentor indices ruled out by identity, reporting line, a block or a just-ended pair. */
    private static int[][] ruledOut(PairingInstance instance) {
        Map<Long, Integer> mentorById = new HashMap<>();
        for (int j = 0; j < instance.mentorCount(); j++) {
            mentorById.put(instance.mentors.get(j).id(), j);
        }
        int[][] lists = new int[instance.menteeCount()][];
        int[] sizes = new int[instance.menteeCount()];
        for (int i = 0; i < lists.length; i++) {
            CompiledMentee mentee = instance.mentees.get(i);
            lists[i] = new int
                    [4
                            + mentee.managerIds().length
                            + instance.blockedMentors[i].length
                            + instance.dissolvedMentors[i].length];
            sizes[i] = add(lists[i], sizes[i], mentorById.get(mentee.id()));
            for (long manager : mentee.managerIds()) {
                sizes[i] = add(lists[i], sizes[i], mentorById.get(manager));
            }
            for (int j : instance.blockedMentors[i]) {
                lists[i][sizes[i]++] = j;
            }
            for (int j : instance.dissolvedMentors[i]) {
                lists[i][sizes[i]++] = j;
            }
        }
        for (int j = 0; j < instance.mentorCount(); j++) {
            for (long manager : instance.mentors.get(j).managerIds()) {
                int i = instance.menteeIndexOf(manager);
                if (i >= 0) {
                    if (sizes[i] == lists[i].length) {
                        lists[i] = Arrays.copyOf(lists[i], 2 * lists[i].length);
                    }
                    lists[i][sizes[i]++] = j;
                }
            }
        }
        for (int i = 0; i < lists.length; i++) {
            lists[i] = Arrays.stream(lists[i], 0, sizes[i]).sorted().distinct().toArray();
        }
        return lists;
    }

    private static int add(int[] list, int size, Integer mentor) {
        if (mentor != null) {
            list[size++] = mentor;
        }
        return size;
    }
}
