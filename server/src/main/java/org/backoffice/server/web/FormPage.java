package org.backoffice.server.web;

import java.util.List;
import org.backoffice.server.web.Inputs.Input;
import org.springframework.ui.Model;

/**
 * A page that is just a form, drawn by {@code form.html} from its inputs rather than by a template of its own: where it
 * sits in the menu, the link back, where it posts and what its button says.
 */
public record FormPage(String title, String section, String back, String backLabel, String action, String submit) {
    /** Shows the form as typed, each message at its input; the view's name. */
    public String show(Model model, Form form, List<Input> inputs) {
        model.addAttribute("title", title);
        model.addAttribute("section", section);
        model.addAttribute("back", back);
        model.addAttribute("backLabel", backLabel);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("inputs", inputs);
        model.addAttribute("submit", submit);
        return "form";
    }
}
