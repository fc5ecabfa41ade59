package java.lang;

/* VM-owned: built by the VM from a throwable's backtrace (CONTRACT.md). Frames of classes from
 * the boot class path print with OpenJDK's "java.base/" module prefix. */
public final class StackTraceElement implements java.io.Serializable {
    private static final long serialVersionUID = 6992337162326171013L;
    private String declaringClass;
    private String methodName;
    private String fileName;
    private int lineNumber;
    private String moduleName;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null)
            throw new NullPointerException("Declaring class is null");
        if (methodName == null)
            throw new NullPointerException("Method name is null");
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getFileName() { return fileName; }
    public int getLineNumber() { return lineNumber; }
    public String getClassName() { return declaringClass; }
    public String getMethodName() { return methodName; }
    public String getModuleName() { return moduleName; }
    public boolean isNativeMethod() { return lineNumber == -2; }

    public String toString() {
        String where;
        if (isNativeMethod())
            where = "(Native Method)";
        else if (fileName != null && lineNumber >= 0)
            where = "(" + fileName + ":" + lineNumber + ")";
        else if (fileName != null)
            where = "(" + fileName + ")";
        else
            where = "(Unknown Source)";
        String prefix = moduleName != null ? moduleName + "/" : "";
        return prefix + declaringClass + "." + methodName + where;
    }

    public boolean equals(Object obj) {
        if (obj == this)
            return true;
        if (!(obj instanceof StackTraceElement))
            return false;
        StackTraceElement e = (StackTraceElement) obj;
        return e.declaringClass.equals(declaringClass) && e.lineNumber == lineNumber
            && eq(methodName, e.methodName) && eq(fileName, e.fileName) && eq(moduleName, e.moduleName);
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result + (fileName == null ? 0 : fileName.hashCode());
        return 31 * result + lineNumber;
    }
}
