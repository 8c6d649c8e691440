package org.upward.demo.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A believable mid-size company for the demo: ~60 people in six departments with a reporting tree,
 * from a CEO down to new joiners. Deterministic, so every demo looks the same.
 */
final class DemoCompany {

    /** One person: their manager is named by email (null for the CEO). */
    record Employee(String email, String name, String department, String title, int level, String managerEmail) {}

    private static final String DOMAIN = "@demo.upward.app";
    private static final String[] FIRST = {
        "Ava", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack", "Kara", "Leo", "Mia", "Noah",
        "Olga", "Pete", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vik", "Wen", "Yara", "Zoe", "Amir", "Bea", "Cole",
        "Dina", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jade", "Kofi", "Lina", "Milo", "Nia", "Omar", "Pia", "Raj",
        "Sia", "Tom", "Una", "Vera", "Will", "Xena"
    };
    private static final String[] LAST = {"Adler", "Brook", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Huang"};
    private static final String[][] DEPARTMENTS = {
        {"Finance", "Finance director", "Controller", "Financial analyst", "Junior analyst"},
        {"Marketing", "Marketing director", "Brand manager", "Content strategist", "Social media specialist"},
        {"Sales", "Sales director", "Key account manager", "Account executive", "Sales associate"},
        {"Operations", "Operations director", "Plant manager", "Process engineer", "Operations trainee"},
        {"IT", "CIO", "Engineering manager", "Software engineer", "Data engineer"},
        {"HR", "HR director", "HR business partner", "Recruiter", "HR assistant"}
    };

    private DemoCompany() {}

    static List<Employee> employees() {
        List<Employee> all = new ArrayList<>();
        String ceo = "ceo" + DOMAIN;
        all.add(new Employee(ceo, "Catherine Chen", "Executive office", "Chief Executive Officer", 10, null));
        all.add(new Employee("exec" + DOMAIN, "Evelyn Exec", "Executive office", "Chief Operating Officer", 10, ceo));
        int n = 0;
        for (String[] department : DEPARTMENTS) {
            String name = department[0];
            String head = slug(name) + ".head" + DOMAIN;
            all.add(new Employee(head, person(n++), name, department[1], 9, "exec" + DOMAIN));
            for (int m = 0; m < 2; m++) {
                String manager = slug(name) + ".manager" + m + DOMAIN;
                all.add(new Employee(manager, person(n++), name, department[2], 7 - m, head));
                for (int s = 0; s < 3; s++) {
                    boolean junior = s > 0;
                    String email = slug(name) + "." + m + s + DOMAIN;
                    all.add(new Employee(
                            email,
                            person(n++),
                            name,
                            junior ? department[4] : department[3],
                            junior ? 1 + (s + m) % 2 : 4,
                            manager));
                }
            }
        }
        return all;
    }

    private static String person(int n) {
        return FIRST[n % FIRST.length] + " " + LAST[(n * 5 + n / FIRST.length) % LAST.length];
    }

    private static String slug(String department) {
        return department.toLowerCase().replace(' ', '-');
    }
}
