package org.upward.program.internal;

/** A template's name on the pages: saving a program as a template, or renaming one. */
public class ProgramTemplateForm {

    private String name;

    static ProgramTemplateForm named(String name) {
        ProgramTemplateForm form = new ProgramTemplateForm();
        form.name = name;
        return form;
    }

    ProgramTemplateRequest toRequest() {
        return new ProgramTemplateRequest(name);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
