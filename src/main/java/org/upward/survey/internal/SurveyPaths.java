package org.upward.survey.internal;

/** The app paths of survey pages, for links in notices and on home pages. */
final class SurveyPaths {

    private SurveyPaths() {}

    static String answerPage(long programId, String wave) {
        return "/surveys/" + programId + "/" + wave;
    }
}
