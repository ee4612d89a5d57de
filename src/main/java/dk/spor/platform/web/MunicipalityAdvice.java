package dk.spor.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The municipality's name, shown in the header of every page. */
@ControllerAdvice
class MunicipalityAdvice {

    private final String municipalityName;

    MunicipalityAdvice(@Value("${spor.municipality-name}") String municipalityName) {
        this.municipalityName = municipalityName;
    }

    @ModelAttribute("municipalityName")
    String municipalityName() {
        return municipalityName;
    }
}
