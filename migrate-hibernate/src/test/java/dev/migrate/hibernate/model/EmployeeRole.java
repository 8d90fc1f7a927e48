package dev.migrate.hibernate.model;

public enum EmployeeRole {
    CLERK, PICKER, MANAGER, DIRECTOR
}
